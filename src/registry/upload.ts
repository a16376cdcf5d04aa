/**
 * Blob uploads (upload/): the per-host plan of strategies (plan.ts), the session requests they
 * share (session.ts), the cross-repository mount (mount.ts), one file per strategy (monolithic.ts,
 * streamed.ts, chunked.ts), the retrying upload of a known blob (upload-blob.ts), and the upload
 * of a blob while it is produced (stream-blob.ts).
 */
export { DEFAULT_UPLOAD, streamsWhileProducing, type UploadSettings, type UploadStrategy, uploadPlan } from './upload/plan.ts';
export { checkPushAccess } from './upload/session.ts';
export type { UploadStats } from './upload/stats.ts';
export { type StreamedUpload, type StreamOptions, streamBlob } from './upload/stream-blob.ts';
export { type UploadOptions, type UploadOutcome, uploadBlob } from './upload/upload-blob.ts';
