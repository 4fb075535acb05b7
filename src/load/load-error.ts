/** Why a file the page needs could not be used, told apart so the reader gets the right words. */
export type LoadFailureKind = 'network' | 'timeout' | 'http' | 'corrupt' | 'invalid';

export class LoadError extends Error {
  override name = 'LoadError';
  readonly kind: LoadFailureKind;
  /** The file, as the site names it (`data/recognition.json`): what the reader is told. */
  readonly file: string;
  /** The HTTP status, for `http`. */
  readonly status?: number;

  constructor(kind: LoadFailureKind, file: string, detail: string, status?: number) {
    super(detail);
    this.kind = kind;
    this.file = file;
    this.status = status;
  }
}
