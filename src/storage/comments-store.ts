import { type Comment, CommentSchema } from '../domain/share-records';
import { listRecords } from './record-reads';
import { deleteRecord, putRecord } from './record-writes';
import { STORES } from './schema';

/** Every comment, newest first. */
export function listComments(): Promise<Comment[]> {
  return listRecords(STORES.comments, CommentSchema);
}

/** Saves a comment. */
export function saveComment(comment: Comment): Promise<void> {
  return putRecord(STORES.comments, CommentSchema, comment);
}

/** Removes a comment that has not been sent. */
export function deleteComment(id: string): Promise<void> {
  return deleteRecord(STORES.comments, id);
}
