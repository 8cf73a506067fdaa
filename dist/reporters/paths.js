import path from 'node:path';
/**
 * A file path as CI systems expect it: relative to the checkout (GITHUB_WORKSPACE, CI_PROJECT_DIR)
 * when the lessons repository sits in a subfolder of it, else relative to the repository root.
 */
export function workspacePath(file, root, env) {
    const workspace = env.GITHUB_WORKSPACE || env.CI_PROJECT_DIR;
    if (!workspace)
        return file;
    const rel = path.relative(path.resolve(workspace), path.join(root, file));
    return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
}
