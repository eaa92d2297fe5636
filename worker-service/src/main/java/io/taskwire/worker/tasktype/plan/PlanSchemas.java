package io.taskwire.worker.tasktype.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.taskwire.worker.schema.JsonSchemas;
import io.taskwire.worker.schema.JsonSchemas.CompiledSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a plan must look like: the schema of one day (its date fixed), the schema of a
 * whole plan (every day in order), and the checks no schema can express: the dates are
 * consecutive from the start date and no place is visited twice.
 */
final class PlanSchemas {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private PlanSchemas() {
	}

	/**
	 * One day: {@code {"date": <fixed>, "title", "places": [1..8 names], "notes"?}}.
	 * @param date the day's date
	 * @return the schema
	 */
	static ObjectNode day(LocalDate date) {
		ObjectNode schema = NODES.objectNode().put("type", "object");
		schema.putArray("required").add("date").add("title").add("places");
		ObjectNode properties = schema.putObject("properties");
		properties.putObject("date").put("const", date.toString());
		properties.putObject("title").put("type", "string").put("minLength", 1).put("maxLength", 200);
		ObjectNode places = properties.putObject("places").put("type", "array").put("minItems", 1).put("maxItems", 8);
		places.putObject("items").put("type", "string").put("minLength", 1).put("maxLength", 200);
		properties.putObject("notes").put("type", "string").put("maxLength", 2000);
		schema.put("additionalProperties", false);
		return schema;
	}

	/**
	 * A whole plan: {@code {"days": [day 1, day 2, …]}}, exactly {@code days} of them.
	 * @param start the first date
	 * @param days how many days
	 * @return the schema
	 */
	static ObjectNode plan(LocalDate start, int days) {
		ObjectNode schema = NODES.objectNode().put("type", "object");
		schema.putArray("required").add("days");
		ObjectNode list = schema.putObject("properties")
			.putObject("days")
			.put("type", "array")
			.put("minItems", days)
			.put("maxItems", days);
		ArrayNode prefix = list.putArray("prefixItems");
		for (int i = 0; i < days; i++) {
			prefix.add(day(start.plusDays(i)));
		}
		list.put("items", false);
		schema.put("additionalProperties", false);
		return schema;
	}

	static CompiledSchema compile(ObjectNode schema) {
		return JsonSchemas.compile(schema);
	}

	/**
	 * The checks of a whole plan that the schemas leave out.
	 * @param days the days, in order
	 * @param start the first date
	 * @return the problems, empty when there are none
	 */
	static List<String> wholePlanProblems(List<JsonNode> days, LocalDate start) {
		List<String> problems = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < days.size(); i++) {
			JsonNode day = days.get(i);
			String expected = start.plusDays(i).toString();
			if (!expected.equals(day.path("date").asString(""))) {
				problems.add("day " + (i + 1) + " is dated " + day.path("date").asString("(none)") + ", not " + expected
						+ ": the dates must be consecutive");
			}
			problems.addAll(repeatedPlaces(day, i + 1, seen));
		}
		return problems;
	}

	/**
	 * The places of a day that an earlier day (or this one) already visits, noting the
	 * day's places as seen.
	 * @param day the day
	 * @param dayNumber its number, from 1
	 * @param seen normalised place name to the day that visits it
	 * @return the problems
	 */
	static List<String> repeatedPlaces(JsonNode day, int dayNumber, Map<String, Integer> seen) {
		List<String> problems = new ArrayList<>();
		for (JsonNode place : day.path("places").values()) {
			String key = normalise(place.asString(""));
			Integer earlier = seen.putIfAbsent(key, dayNumber);
			if (earlier != null) {
				problems.add("'" + place.asString() + "' on day " + dayNumber + " is already visited on day " + earlier
						+ ": no place may be visited twice");
			}
		}
		return problems;
	}

	static String normalise(String place) {
		return place.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
