/** Whether this browser can give MapLibre a WebGL context at all (it needs WebGL 2). */
export function hasWebGL(): boolean {
	try {
		const canvas = document.createElement('canvas');
		return canvas.getContext('webgl2') !== null;
	} catch {
		return false;
	}
}
