/** The arrowhead of directed arcs, drawn once into an SDF image so MapLibre can tint it and give it a halo. */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { ARROW_IMAGE } from './style';

function arrowImage(size = 32): ImageData {
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = size;
	const context = canvas.getContext('2d')!;
	context.fillStyle = '#000';
	context.beginPath();
	context.moveTo(size * 0.2, size * 0.15);
	context.lineTo(size * 0.9, size * 0.5);
	context.lineTo(size * 0.2, size * 0.85);
	context.closePath();
	context.fill();
	return context.getImageData(0, 0, size, size);
}

/** Before any layer that draws it: an image added later makes MapLibre lay out its tiles again. */
export function addArrowImage(map: MaplibreMap) {
	if (!map.hasImage(ARROW_IMAGE)) map.addImage(ARROW_IMAGE, arrowImage(), { sdf: true });
}
