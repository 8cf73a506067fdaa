// dist/util/progress.js
const SILENT = {
	update() {},
	done() {}
};
function progress(stderr, label, enabled, now = Date.now) {
	if (!enabled || !stderr.isTTY) return SILENT;
	const started = now();
	let last = 0;
	let shown = false;
	return {
		update(done, total) {
			const t = now();
			if (t - started < 1e3 || t - last < 100) return;
			last = t;
			shown = true;
			stderr.write(`\r${label} ${done}/${total}`);
		},
		done() {
			if (shown) stderr.write("\r\x1B[2K");
		}
	};
}
export { progress as t };
