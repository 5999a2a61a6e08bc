import no403ForUnauthenticated from './no-403-for-unauthenticated.js';
import requireWwwAuthenticate from './require-www-authenticate.js';
import no401ForForbidden from './no-401-for-forbidden.js';
import no403ForRateLimit from './no-403-for-rate-limit.js';
import requireLocation from './require-location.js';
import requireAllow from './require-allow.js';
import noBodyWith204304 from './no-body-with-204-304.js';

export const rules = {
  'no-403-for-unauthenticated': no403ForUnauthenticated,
  'require-www-authenticate': requireWwwAuthenticate,
  'no-401-for-forbidden': no401ForForbidden,
  'no-403-for-rate-limit': no403ForRateLimit,
  'require-location': requireLocation,
  'require-allow': requireAllow,
  'no-body-with-204-304': noBodyWith204304,
};
