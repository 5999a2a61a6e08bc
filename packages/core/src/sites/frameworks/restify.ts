import type { SiteRecognizer } from '../site-recognizer.js';

// Placeholder: the recognizer for this framework is being written.
export const restifyRecognizer: SiteRecognizer = {
  framework: 'restify',
};
