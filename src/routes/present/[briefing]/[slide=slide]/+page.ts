import type { PageLoad } from './$types';

export const load: PageLoad = ({ params }) => ({
	briefingId: params.briefing,
	slideNumber: Number(params.slide)
});
