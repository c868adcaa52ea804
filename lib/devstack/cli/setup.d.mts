/** Types for setup.mjs (plain JavaScript, because it runs before `npm ci`). */
export declare const root: string;
export declare function ensureNodeModules(): void;
export declare function ensureSystemPackages(names: string[]): string[];
export declare function ensureBuild(): void;
export declare function ensureBuildAsync(): Promise<void>;
export declare function foreground(args: string[]): void;
