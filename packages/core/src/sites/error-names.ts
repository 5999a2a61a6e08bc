/** Names that hold an error object rather than a response: `err.statusCode = 401` is not a response. */
export const ERROR_NAME = /^(e|err|error|ex|exception|\w*(Error|Err|Exception))$/;
