let answer: boolean | undefined;

/**
 * Whether this browser can give MapLibre a WebGL context at all (it needs WebGL 2). Asked once per
 * page: each test creates a context, which software WebGL makes costly.
 */
export function hasWebGL(): boolean {
	if (answer === undefined) {
		try {
			answer = document.createElement('canvas').getContext('webgl2') !== null;
		} catch {
			answer = false;
		}
	}
	return answer;
}
