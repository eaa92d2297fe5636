package io.taskwire.worker;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a worker instance runs.
 *
 * @param id this instance's id, also its static Kafka group membership; blank means host
 * name plus a random suffix
 * @param heartbeatInterval how often it tells task-service it is alive
 * @param progressInterval the least time between two progress events of one task
 * @param maxConcurrent attempts of all types together that may run at once
 * @param defaultSlots attempts of one type that may run at once, for types not in
 * {@code slots}
 * @param slots attempts that may run at once per type (a dotted type name is written
 * {@code slots[llm.chat]})
 * @param rememberedAttempts how many finished attempts it remembers, so a redelivered
 * dispatch is not run twice
 * @param shutdownGrace how long shutdown lets running attempts finish before it hands the
 * rest back
 * @param shutdownTimeout how long shutdown then waits for released attempts to be
 * reported
 */
@ConfigurationProperties("taskwire.worker")
public record WorkerProperties(@DefaultValue("") String id, @DefaultValue("2s") Duration heartbeatInterval,
		@DefaultValue("1s") Duration progressInterval, @DefaultValue("1000") int maxConcurrent,
		@DefaultValue("64") int defaultSlots, @DefaultValue Map<String, Integer> slots,
		@DefaultValue("10000") int rememberedAttempts, @DefaultValue("20s") Duration shutdownGrace,
		@DefaultValue("10s") Duration shutdownTimeout) {

	public WorkerProperties {
		slots = Map.copyOf(slots);
	}

	/**
	 * How many attempts of a type may run at once.
	 * @param type the task type
	 * @return its slots
	 */
	public int slotsOf(String type) {
		return this.slots.getOrDefault(type, this.defaultSlots);
	}

}
