import { makeStaticStyles } from '@fluentui/react-components';

/** The pane is the whole page of its frame: no browser margin around it. */
export const usePageStyles = makeStaticStyles({
  body: { margin: 0 },
});
