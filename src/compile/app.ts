import { App } from './engine';

/**
 * A cdktf App whose stacks may take any valid stack name. `constructs` keeps
 * a node's children in a plain object and tests `children[id]` for a name
 * already taken, and cdktf's manifest does the same with `stacks[name]`
 * (constructs 10.4.2 `Node.addChild`; cdktf 0.21.0 `Manifest.forStack`):
 * for a stack named `constructor` both find Object.prototype.constructor,
 * so synthesis failed with "There is already a Construct with name
 * 'constructor'". Both dictionaries get no prototype, so only names actually
 * added are found. (Stack names are `[a-z][a-z0-9-]*`: `constructor` is the
 * one Object.prototype name they can spell.)
 */
export function createApp(options: ConstructorParameters<typeof App>[0]): App {
  const app = new App(options);
  const internals = app as unknown as {
    node: { _children?: object };
    manifest?: { stacks?: object };
  };
  if (internals.node._children) Object.setPrototypeOf(internals.node._children, null);
  if (internals.manifest?.stacks) Object.setPrototypeOf(internals.manifest.stacks, null);
  return app;
}

/**
 * cdktf also keys per-reference dictionaries by `String(stack)`, which is the
 * stack's construct path, i.e. its name (cdktf 0.21.0 `Reference.resolve`:
 * `this.crossStackIdentifier[stackName]`); those objects are created inside
 * cdktf for every reference. For a stack whose name Object.prototype also
 * has, `String(stack)` is made unambiguous instead; paths, folder and
 * manifest names, and every byte written stay the same.
 */
export function hardenStack(
  stack: { node: { path: string }; toString(): string },
  name: string,
): void {
  if (!(name in Object.prototype)) return;
  Object.defineProperty(stack, 'toString', {
    value: () => `stack ${stack.node.path}`,
    configurable: true,
    writable: true,
  });
}
