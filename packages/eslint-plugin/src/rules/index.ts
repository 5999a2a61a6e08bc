import no403ForUnauthenticated from './no-403-for-unauthenticated.js';
import requireWwwAuthenticate from './require-www-authenticate.js';
import requireLocation from './require-location.js';
import requireAllow from './require-allow.js';

export const rules = {
  'no-403-for-unauthenticated': no403ForUnauthenticated,
  'require-www-authenticate': requireWwwAuthenticate,
  'require-location': requireLocation,
  'require-allow': requireAllow,
};
