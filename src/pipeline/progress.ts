/** What a run reports while it works; the CLI renders these as bars or log lines. */
export type ProgressEvent =
  | { type: 'note'; message: string }
  /** An option that has no effect in this run, or a combination that is merely redundant. */
  | { type: 'warning'; message: string }
  | { type: 'image'; platform: string; layers: number; merged: number; kept: number }
  | { type: 'download'; platform: string; digest: string; bytes: number; total: number; done: boolean }
  | { type: 'merge'; platform: string; bytesIn: number; bytesOut: number; done: boolean }
  | {
      type: 'upload';
      platform: string;
      digest: string;
      bytes: number;
      /** 0 while the merged layer uploads as it is made: its size is not known yet. */
      total: number;
      outcome?: 'uploaded' | 'existed' | 'mounted';
      /** The platform's merged layer, which may start uploading before its digest is known. */
      merged?: boolean;
    }
  | { type: 'platform-done'; platform: string; digest: string }
  /** At the end of a run: the temp disk it used at its peak, about to be removed. */
  | { type: 'temp-disk'; bytes: number; budget: number | null; refetches: number };

export type ProgressListener = (event: ProgressEvent) => void;

export const noProgress: ProgressListener = () => {};
