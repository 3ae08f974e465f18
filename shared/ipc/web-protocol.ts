// How the web transport speaks the contract over loopback HTTP (browser mode and end-to-end tests).
// Calls:   POST {API_PREFIX}/invoke/<channel>, JSON body = the channel's input, answer = a Result.
// Events:  GET  {API_PREFIX}/events, a Server-Sent Events stream: `event: <name>` / `data: <json>`.
// Both need `Authorization: Bearer <token>`. The token reaches the page in the URL fragment
// (#token=…), which browsers never send to a server, and the page moves it to sessionStorage.

export const API_PREFIX = '/api';
export const TOKEN_HASH_PARAM = 'token';
export const TOKEN_STORAGE_KEY = 'regulars.token';
/** Requests larger than this are refused before parsing: no input of the contract comes close. */
export const MAX_BODY_BYTES = 1_000_000;
