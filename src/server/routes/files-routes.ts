import type { Hono } from 'hono';
import { rm } from 'node:fs/promises';
import { FILE_ID_PATTERN, newFileId } from '../../jobs/data-folder.ts';
import { unixNow, type FileRecord } from '../../jobs/video-record.ts';
import { writeFileAtomic } from '../../util/atomic-file.ts';
import { ApiError, badRequest } from '../api-error.ts';
import type { AppContext, AppEnv } from '../app-context.ts';
import { checkReferenceImage } from '../reference-image.ts';
import { readRequestBody } from '../request-body.ts';

/** OpenAI's File object. */
function fileObject(file: FileRecord): Record<string, unknown> {
  return {
    id: file.id,
    object: 'file',
    bytes: file.bytes,
    created_at: file.createdAt,
    expires_at: null,
    filename: file.filename,
    purpose: file.purpose,
    status: 'processed',
    status_details: null,
  };
}

function fileNotFound(id: string): ApiError {
  return new ApiError(404, `No such File object: ${id.slice(0, 80)}`, 'file_not_found', 'file_id');
}

/**
 * A small part of the Files API, enough for `input_reference[file_id]`:
 * upload an image (checked like any reference image), look it up, delete it.
 */
export function addFilesRoutes(api: Hono<AppEnv>, app: AppContext): void {
  api.post('/files', async (c) => {
    const body = await readRequestBody(c.req.raw);
    const file = body.files.file;
    if (!file) throw badRequest("Missing required parameter: 'file'.", 'file', 'missing_required_parameter');
    const purpose = typeof body.fields.purpose === 'string' && body.fields.purpose ? body.fields.purpose : null;
    if (!purpose) throw badRequest("Missing required parameter: 'purpose'.", 'purpose', 'missing_required_parameter');
    const checked = await checkReferenceImage(new Uint8Array(await file.arrayBuffer()), 'file');
    const record: FileRecord = {
      id: newFileId(),
      owner: c.get('owner'),
      filename: (file.name || 'upload').slice(0, 255),
      purpose: purpose.slice(0, 64),
      bytes: checked.bytes.length,
      createdAt: unixNow(),
    };
    await writeFileAtomic(app.data.uploadPath(record.id), checked.bytes);
    app.store.insertFile(record);
    return c.json(fileObject(record), 200);
  });

  api.get('/files/:id', (c) => {
    const id = c.req.param('id');
    const record = FILE_ID_PATTERN.test(id) ? app.store.getFile(id, c.get('owner')) : null;
    if (!record) throw fileNotFound(id);
    return c.json(fileObject(record), 200);
  });

  api.delete('/files/:id', async (c) => {
    const id = c.req.param('id');
    if (!FILE_ID_PATTERN.test(id) || !app.store.deleteFile(id, c.get('owner'))) throw fileNotFound(id);
    await rm(app.data.uploadPath(id), { force: true });
    return c.json({ id, object: 'file', deleted: true }, 200);
  });
}
