import path from "node:path";
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readSync, realpathSync, statSync } from "node:fs";
// dist/repo/inside.js
const realRoots = new Map();
function realRoot(root) {
	let real = realRoots.get(root);
	if (real === void 0) {
		try {
			real = realpathSync.native(root);
		} catch {
			real = path.resolve(root);
		}
		realRoots.set(root, real);
	}
	return real;
}
function isWithin(root, real) {
	const rel = path.relative(root, real);
	return rel === "" || !rel.startsWith(`..${path.sep}`) && rel !== ".." && !path.isAbsolute(rel);
}
function codedError(code, message) {
	return Object.assign(new Error(message), { code });
}
function openInside(abs, root, dirs, listed = false) {
	const cut = abs.lastIndexOf(path.sep);
	if (dirs && root !== void 0 && cut > 0 && cut < abs.length - 1) {
		const dir = abs.slice(0, cut);
		let realDir = dirs.get(dir);
		if (realDir === void 0) {
			try {
				realDir = realpathSync.native(dir);
			} catch {
				realDir = "";
			}
			if (realDir !== "" && !isWithin(realRoot(root), realDir)) realDir = "";
			dirs.set(dir, realDir);
		}
		if (realDir !== "") {
			const file = `${realDir}${path.sep}${abs.slice(cut + 1)}`;
			try {
				const seen = listed ? void 0 : lstatSync(file);
				if (listed || seen.isFile()) {
					const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
					const st = fstatSync(fd);
					if (st.isFile() && (seen === void 0 || st.ino === seen.ino && st.dev === seen.dev)) return {
						fd,
						size: st.size
					};
					closeSync(fd);
				}
			} catch {}
		}
	}
	let real;
	try {
		real = realpathSync.native(abs);
	} catch (error) {
		return { error };
	}
	if (root !== void 0 && !isWithin(realRoot(root), real)) return { error: codedError("EOUTSIDE", `${abs} is outside the repository`) };
	let fd;
	try {
		if (!statSync(real).isFile()) return { error: codedError("ENOTFILE", `${abs} is not a regular file`) };
		fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
	} catch (error) {
		return { error };
	}
	let st;
	try {
		st = fstatSync(fd);
	} catch (error) {
		closeSync(fd);
		return { error };
	}
	if (!st.isFile()) {
		closeSync(fd);
		return { error: codedError("ENOTFILE", `${abs} is not a regular file`) };
	}
	return {
		fd,
		size: st.size
	};
}
function openRegularFile(abs, root, dirs, listed = false) {
	const opened = openInside(abs, root, dirs, listed);
	if ("error" in opened) throw opened.error;
	return opened.fd;
}
function readRegularFile(abs, root, maxBytes, dirs, listed = false) {
	const opened = openInside(abs, root, dirs, listed);
	if ("error" in opened) return opened;
	const { fd, size } = opened;
	try {
		if (size > maxBytes) return { size };
		const bytes = Buffer.allocUnsafe(size);
		let off = 0;
		while (off < size) {
			const n = readSync(fd, bytes, off, size - off, off);
			if (n === 0) break;
			off += n;
		}
		return { bytes: off === size ? bytes : bytes.subarray(0, off) };
	} catch (error) {
		return { error };
	} finally {
		closeSync(fd);
	}
}
function realTarget(p) {
	const abs = path.resolve(p);
	const rest = [];
	let dir = abs;
	for (;;) try {
		return path.join(realpathSync.native(dir), ...rest.reverse());
	} catch {
		const parent = path.dirname(dir);
		if (parent === dir) return abs;
		rest.push(path.basename(dir));
		dir = parent;
	}
}
function makeDirInside(root, dir) {
	const realRootDir = realRoot(root);
	if (!isWithin(realRootDir, realTarget(dir))) return false;
	mkdirSync(dir, { recursive: true });
	return isWithin(realRootDir, realpathSync.native(dir));
}
function lexists(p) {
	try {
		lstatSync(p);
		return true;
	} catch {
		return false;
	}
}
function outputTarget(abs) {
	if (!lexists(abs)) return { real: realTarget(abs) };
	let real;
	try {
		real = realpathSync.native(abs);
	} catch {
		return { error: "ENOENT" };
	}
	return statSync(real).isFile() ? { real } : { error: "ENOTFILE" };
}
export { outputTarget as a, realTarget as c, openRegularFile as i, lexists as n, readRegularFile as o, makeDirInside as r, realRoot as s, isWithin as t };
