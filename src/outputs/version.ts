// The one place cogfed's version is read: package.json, so a release bump
// changes `cogfed --version` and SARIF's tool.driver.version together.
// (tsc copies package.json next to dist/src; esbuild inlines it in the bundle.)
import packageJson from '../../package.json';

export const COGFED_VERSION: string = packageJson.version;
