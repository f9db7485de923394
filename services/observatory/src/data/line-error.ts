// One refused line of an imported file, as every import reports it (`extensions.errors`).
export interface LineError {
  line: number;
  message: string;
}
