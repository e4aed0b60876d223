// The verifier was written for Node, where Buffer is a global; in the page it comes from `buffer`.
export { Buffer } from 'buffer';
