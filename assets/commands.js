// Office waits for this before it shows the ribbon button as ready; no command runs code here.
Office.onReady(function () {});
