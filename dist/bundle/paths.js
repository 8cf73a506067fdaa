import path from "node:path";
// dist/reporters/paths.js
function workspacePath(file, root, env) {
	const workspace = env.GITHUB_WORKSPACE || env.CI_PROJECT_DIR;
	if (!workspace) return file;
	const rel = path.relative(path.resolve(workspace), path.join(root, file));
	return rel.startsWith("..") || path.isAbsolute(rel) ? file : rel.split(path.sep).join("/");
}
export { workspacePath };
