/** cogfed's version: package.json is its one source (the CLI's --version, SARIF's tool.driver.version). */
import { version } from '../../package.json';

export const VERSION: string = version;
