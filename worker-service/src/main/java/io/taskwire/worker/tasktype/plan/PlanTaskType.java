package io.taskwire.worker.tasktype.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.taskwire.contracts.LogLine;
import io.taskwire.contracts.llm.Usage;
import io.taskwire.worker.llm.InvalidAnswer;
import io.taskwire.worker.llm.LlmCalls;
import io.taskwire.worker.llm.LlmMessage;
import io.taskwire.worker.llm.LlmRequest;
import io.taskwire.worker.llm.LlmResponse;
import io.taskwire.worker.schema.JsonAnswers;
import io.taskwire.worker.schema.JsonSchemas.CompiledSchema;
import io.taskwire.worker.tasktype.LlmResults;
import io.taskwire.worker.tasktype.TaskContext;
import io.taskwire.worker.tasktype.TaskFailure;
import io.taskwire.worker.tasktype.TaskType;
import io.taskwire.worker.tasktype.TaskTypeDefaults;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * {@code llm.plan {destination, days, startDate, preferences?, dayRetries?,
 * oneShotFallback?}}: plans a trip one LLM step per day (steps {@code day-1},
 * {@code day-2}, …). Each day's answer is checked against the day's schema
 * ({@link PlanSchemas#day}) and against the places of the days before; a day that fails
 * is asked again on its own, with its errors, up to {@code dayRetries} times (2 by
 * default). Then the whole plan is checked: consecutive dates, no place twice. If the
 * day-by-day plan fails, and {@code oneShotFallback} is on (the default), the whole plan
 * is asked for in one call (step {@code one-shot}) and checked the same way; the result
 * says so. When that fails too, the next model of the type's fallback chain starts over;
 * when none is left the task fails with the problems found.
 * <p>
 * The result is {@code {"destination", "startDate", "days": [{date, title, places,
 * notes?}…], "mode": "day-by-day" | "one-shot-fallback", "fallbackReason"?, "provider",
 * "model", "usage"}}.
 */
@Component
public class PlanTaskType implements TaskType {

	public static final String NAME = "llm.plan";

	static final String PROMPT_VERSION = "plan-1";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String version() {
		return "1";
	}

	@Override
	public String description() {
		return "Plans a trip day by day, checking each day and the whole plan, with a one-shot fallback.";
	}

	@Override
	public TaskTypeDefaults defaults() {
		return new TaskTypeDefaults(1800, 3);
	}

	@Override
	public Mono<JsonNode> handle(TaskContext context) {
		Trip trip = Trip.of(context.input());
		return context.llm().withFallback((calls) -> new Planning(context, calls, trip).run());
	}

	/**
	 * What to plan.
	 *
	 * @param destination where to
	 * @param days how many days
	 * @param start the first day
	 * @param preferences what the traveller likes, or {@code null}
	 * @param dayRetries how often a day is asked again
	 * @param oneShotFallback whether to ask for the whole plan at once when day by day
	 * fails
	 */
	record Trip(String destination, int days, LocalDate start, String preferences, int dayRetries,
			boolean oneShotFallback) {

		static Trip of(JsonNode input) {
			LocalDate start;
			try {
				start = LocalDate.parse(input.get("startDate").stringValue());
			}
			catch (DateTimeParseException ex) {
				throw TaskFailure.invalidRequest("startDate is not a date (YYYY-MM-DD): " + ex.getParsedString());
			}
			return new Trip(input.get("destination").stringValue(), input.get("days").asInt(), start,
					input.hasNonNull("preferences") ? input.get("preferences").stringValue() : null,
					input.path("dayRetries").asInt(2), input.path("oneShotFallback").asBoolean(true));
		}

		String about() {
			return "a " + this.days + "-day trip to " + this.destination + " starting " + this.start
					+ ((this.preferences != null) ? ". The traveller's preferences: " + this.preferences : "");
		}

	}

	/**
	 * One model's planning: day by day, then perhaps in one shot.
	 */
	private static final class Planning {

		private final TaskContext context;

		private final LlmCalls calls;

		private final Trip trip;

		private final List<JsonNode> days = new ArrayList<>();

		private final Map<String, Integer> places = new HashMap<>();

		private LlmResponse lastAnswer;

		private Usage spent = Usage.of(0, 0);

		Planning(TaskContext context, LlmCalls calls, Trip trip) {
			this.context = context;
			this.calls = calls;
			this.trip = trip;
		}

		Mono<JsonNode> run() {
			return dayByDay().map((plan) -> result(plan, "day-by-day", null))
				.onErrorResume(PlanRejected.class, this::oneShotOrFail);
		}

		private Mono<List<JsonNode>> dayByDay() {
			return Flux.range(1, this.trip.days()).concatMap(this::planDay).then(Mono.fromCallable(() -> {
				List<String> problems = PlanSchemas.wholePlanProblems(this.days, this.trip.start());
				if (!problems.isEmpty()) {
					throw new PlanRejected("the whole plan is not valid: " + String.join("; ", problems));
				}
				return List.copyOf(this.days);
			}));
		}

		private Mono<JsonNode> planDay(int day) {
			LocalDate date = this.trip.start().plusDays(day - 1);
			CompiledSchema schema = PlanSchemas.compile(PlanSchemas.day(date));
			return askDay(day, date, schema, 0, List.of()).doOnNext((answer) -> {
				this.days.add(answer);
				this.context.progress(day * 100 / (this.trip.days() + 1),
						"Planned day " + day + " of " + this.trip.days());
			});
		}

		private Mono<JsonNode> askDay(int day, LocalDate date, CompiledSchema schema, int retry,
				List<String> lastErrors) {
			StringBuilder prompt = new StringBuilder("Plan day " + day + " of " + this.trip.about() + ". The date is "
					+ date + ". Answer with one JSON object valid against this JSON Schema, and nothing else:\n"
					+ schema.json());
			if (!this.places.isEmpty()) {
				prompt.append("\nDo not visit any of these places again: ")
					.append(String.join(", ", this.places.keySet()));
			}
			if (!lastErrors.isEmpty()) {
				prompt.append("\nYour previous answer for this day was not valid: ")
					.append(String.join("; ", lastErrors));
			}
			LlmRequest request = LlmRequest
				.of(List.of(LlmMessage.system("You plan trips, one day at a time."),
						LlmMessage.user(prompt.toString())))
				.withResponseSchema(schema.json());
			return this.calls.complete("day-" + day, PROMPT_VERSION, request).flatMap((response) -> {
				List<String> errors = dayProblems(response, schema, day);
				if (errors.isEmpty()) {
					JsonNode answer = JsonAnswers.parse(response.text());
					PlanSchemas.repeatedPlaces(answer, day, this.places);
					return Mono.just(answer);
				}
				if (retry >= this.trip.dayRetries()) {
					return Mono.error(new PlanRejected("day " + day + " was not valid after " + this.trip.dayRetries()
							+ " retries: " + String.join("; ", errors)));
				}
				this.context.log(LogLine.Level.INFO, "Day " + day + " was not valid; asking again (retry " + (retry + 1)
						+ " of " + this.trip.dayRetries() + ")", Map.of("errors", String.join("; ", errors)));
				return askDay(day, date, schema, retry + 1, errors);
			});
		}

		private List<String> dayProblems(LlmResponse response, CompiledSchema schema, int day) {
			count(response);
			try {
				JsonNode answer = JsonAnswers.parse(response.text());
				List<String> errors = new ArrayList<>(schema.violations(answer));
				if (errors.isEmpty()) {
					errors.addAll(PlanSchemas.repeatedPlaces(answer, day, new HashMap<>(this.places)));
				}
				return errors;
			}
			catch (JsonAnswers.NotJson ex) {
				return List.of(ex.getMessage());
			}
		}

		private Mono<JsonNode> oneShotOrFail(PlanRejected rejected) {
			if (!this.trip.oneShotFallback()) {
				return Mono.error(new InvalidAnswer("The plan failed: " + rejected.getMessage()));
			}
			this.context.log(LogLine.Level.WARN,
					"The day-by-day plan failed (" + rejected.getMessage() + "); asking for the whole plan in one call",
					Map.of());
			CompiledSchema schema = PlanSchemas.compile(PlanSchemas.plan(this.trip.start(), this.trip.days()));
			String prompt = "Plan " + this.trip.about() + ", every day, with no place visited twice. Answer with one "
					+ "JSON object valid against this JSON Schema, and nothing else:\n" + schema.json();
			LlmRequest request = LlmRequest.of(List.of(LlmMessage.system("You plan trips."), LlmMessage.user(prompt)))
				.withResponseSchema(schema.json());
			return this.calls.complete("one-shot", PROMPT_VERSION, request).map((response) -> {
				count(response);
				List<JsonNode> plan = checkedWholePlan(response, schema, rejected);
				return result(plan, "one-shot-fallback", rejected.getMessage());
			});
		}

		private List<JsonNode> checkedWholePlan(LlmResponse response, CompiledSchema schema, PlanRejected rejected) {
			List<String> problems;
			List<JsonNode> plan = new ArrayList<>();
			try {
				JsonNode answer = JsonAnswers.parse(response.text());
				problems = new ArrayList<>(schema.violations(answer));
				if (problems.isEmpty()) {
					answer.get("days").values().forEach(plan::add);
					problems.addAll(PlanSchemas.wholePlanProblems(plan, this.trip.start()));
				}
			}
			catch (JsonAnswers.NotJson ex) {
				problems = List.of(ex.getMessage());
			}
			if (!problems.isEmpty()) {
				throw new InvalidAnswer("The plan failed: " + rejected.getMessage()
						+ "; the one-shot fallback failed too: " + String.join("; ", problems));
			}
			return plan;
		}

		private void count(LlmResponse response) {
			this.lastAnswer = response;
			this.spent = LlmResults.add(this.spent, response.usage());
		}

		private JsonNode result(List<JsonNode> plan, String mode, String fallbackReason) {
			ObjectNode result = JsonNodeFactory.instance.objectNode();
			result.put("destination", this.trip.destination());
			result.put("startDate", this.trip.start().toString());
			plan.forEach(result.putArray("days")::add);
			result.put("mode", mode);
			if (fallbackReason != null) {
				result.put("fallbackReason", fallbackReason);
			}
			return LlmResults.addAnsweredBy(result, this.lastAnswer, this.spent);
		}

	}

	/**
	 * The day-by-day plan could not be made valid.
	 */
	private static final class PlanRejected extends RuntimeException {

		PlanRejected(String message) {
			super(message);
		}

	}

}
