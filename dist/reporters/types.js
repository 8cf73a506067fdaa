export const FORMATS = ['pretty', 'json', 'github', 'sarif', 'junit'];
