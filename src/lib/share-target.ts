// The hand-over between the service worker and the page for the share target (manifest share_target, POST). The
// service worker answers the POST itself, so the shared file or text never reaches a server or its logs.

/** The path the share target posts to and the page that opens what was shared. */
export const SHARE_TARGET_PATH = '/coach/open';
/** The cache the service worker leaves what was shared in, for the page to take once (erase-everything clears it). */
export const SHARE_TARGET_CACHE = 'stillpoint-shared-in';
/** The key of the file shared in, in that cache. */
export const SHARED_FILE_KEY = '/shared-in/file';
/** The key of the text (or link) shared in, in that cache. */
export const SHARED_TEXT_KEY = '/shared-in/text';
/** The form field of the shared file (manifest share_target.params.files[0].name). */
export const SHARE_TARGET_FILE_FIELD = 'file';
