package io.taskwire.gateway.tasktype;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.taskwire.contracts.types.TaskTypeRegistered;

/**
 * Every task type known to this gateway instance, kept current from {@code tasks.types}.
 */
public class TaskTypeRegistry {

	private final Map<String, TaskType> types = new ConcurrentHashMap<>();

	/**
	 * Registers a type, replacing an earlier registration of the same name.
	 * @param registration the registration
	 * @throws IllegalArgumentException when its input schema is not usable; an earlier
	 * registration then stays
	 */
	public void register(TaskTypeRegistered registration) {
		this.types.put(registration.type(), TaskType.of(registration));
	}

	/** Forgets a type (a tombstone on the compacted topic). */
	public void remove(String type) {
		this.types.remove(type);
	}

	public Optional<TaskType> find(String type) {
		return Optional.ofNullable(this.types.get(type));
	}

	/** Every type, by name. */
	public List<TaskType> all() {
		return this.types.values().stream().sorted(Comparator.comparing(TaskType::name)).toList();
	}

	/** Every type's name, sorted. */
	public List<String> names() {
		return all().stream().map(TaskType::name).toList();
	}

	public int size() {
		return this.types.size();
	}

}
