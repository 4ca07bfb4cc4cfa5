/** A file of values that cannot be read at all (not a row problem): wrong format, cut short, bad encoding. Messages are Swedish. */
export class ValueFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ValueFileError';
  }
}
