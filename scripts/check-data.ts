/** `npm run data:check`: validates data/ and prints every problem, naming file, record and field. */
import { checkDataDirectory, dataDirectory, reportCheck } from './lib/data-dir';

const directory = dataDirectory();
const result = checkDataDirectory(directory);
if (reportCheck(directory, result)) {
	const { sources, countries, eventTypes, events, briefings } = result.dataset;
	const quotes = events.reduce((sum, event) => sum + event.evidence.length, 0);
	console.log(
		`Data OK: ${events.length} events with ${quotes} verbatim quotes from ${sources.length} sources, ` +
			`${countries.length} countries, ${eventTypes.length} event types, ${briefings.length} briefing(s).`
	);
} else {
	process.exitCode = 1;
}
