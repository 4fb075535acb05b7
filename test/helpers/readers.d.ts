// The parts of the third-party readers the tests use (these packages ship no types).
declare module 'datapackage' {
  export interface Resource {
    name: string;
    tabular: boolean;
    valid: boolean;
    errors: Error[];
    headers: string[] | null;
    schema: { fieldNames: string[] } | null;
    read(options: { keyed?: boolean; cast?: boolean }): Promise<Record<string, unknown>[]>;
  }
  export class Package {
    static load(
      descriptor: string | object,
      options?: { basePath?: string; strict?: boolean },
    ): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
    descriptor: Record<string, unknown>;
  }
}

declare module '@citation-js/core' {
  export const plugins: { add(name: string, plugin: unknown): void };
  export class Cite {
    constructor(data: string);
    data: Record<string, unknown>[];
  }
}

declare module '@citation-js/plugin-cff';
