/**
 * The JS bridge of WPS, as the fake reproduces it: every object the add-in sees is a proxy, and every
 * property read, property write and method call on one crosses the bridge once and is counted. A member
 * the fake does not model fails loudly instead of returning undefined, so a host cannot pass a test by
 * touching something that real WPS would answer differently.
 */
export interface Members<T> {
  /** The interface's name in et-jsapi-declare, for messages. */
  readonly name: string;
  readonly get?: readonly (keyof T & string)[];
  readonly set?: readonly (keyof T & string)[];
  readonly call?: readonly (keyof T & string)[];
}

/** Members<T> without its interface, as the bridge keeps it. */
export interface MemberSpec {
  readonly name: string;
  readonly get?: readonly string[];
  readonly set?: readonly string[];
  readonly call?: readonly string[];
}

export class NotModelledError extends Error {
  override readonly name = 'NotModelledError';
}

// What Node, jest and the debugger ask any object for when printing it: not a call the add-in makes.
const INTROSPECTION = new Set([
  'toJSON',
  '$$typeof',
  'asymmetricMatch',
  'nodeType',
  'tagName',
  'constructor',
]);

export class Bridge {
  calls = 0;
  readonly byMember = new Map<string, number>();
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();

  private count(member: string): void {
    this.calls++;
    this.byMember.set(member, (this.byMember.get(member) ?? 0) + 1);
  }

  /** The proxy the add-in sees for a fake object (the same proxy every time). */
  expose<T extends object>(target: T, members: MemberSpec): T {
    const known = this.proxies.get(target);
    if (known) return known as T;
    const get = new Set<string>(members.get ?? []);
    const set = new Set<string>(members.set ?? []);
    const call = new Set<string>(members.call ?? []);
    const proxy = new Proxy(target, {
      get: (t, key) => {
        if (typeof key === 'symbol' || INTROSPECTION.has(key)) return undefined;
        const member = `${members.name}.${key}`;
        if (call.has(key)) {
          return (...args: unknown[]) => {
            this.count(`${member}()`);
            const method = Reflect.get(t, key, t) as (...a: unknown[]) => unknown;
            return this.wrap(
              method.apply(
                t,
                args.map((a) => this.unwrap(a)),
              ),
            );
          };
        }
        if (get.has(key)) {
          this.count(member);
          return this.wrap(Reflect.get(t, key, t));
        }
        throw new NotModelledError(`WPS fake: reading ${member} is not modelled`);
      },
      set: (t, key, value: unknown) => {
        const member = `${members.name}.${String(key)}`;
        if (typeof key === 'symbol' || !set.has(key)) {
          throw new NotModelledError(`WPS fake: writing ${member} is not modelled`);
        }
        this.count(`${member}=`);
        return Reflect.set(t, key, this.unwrap(value), t);
      },
      has: (_t, key) => typeof key === 'string' && (get.has(key) || call.has(key)),
      defineProperty: () => {
        throw new NotModelledError(`WPS fake: defining a property on ${members.name}`);
      },
      deleteProperty: () => {
        throw new NotModelledError(`WPS fake: deleting a property of ${members.name}`);
      },
    });
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy;
  }

  private wrap(value: unknown): unknown {
    if (typeof value !== 'object' || value === null) return value;
    const exposable = value as { bridgeMembers?: () => MemberSpec };
    return typeof exposable.bridgeMembers === 'function'
      ? this.expose(value, exposable.bridgeMembers())
      : value;
  }

  /** The fake object behind a proxy the add-in passes back (Sheets.Add(After: sheet)). */
  unwrap(value: unknown): unknown {
    return typeof value === 'object' && value !== null ? (this.targets.get(value) ?? value) : value;
  }
}
