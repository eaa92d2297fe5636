package io.taskwire.task.lifecycle;

import java.util.UUID;

/**
 * A compare-and-set found the task changed since it was read: another writer (a listener,
 * the dispatcher, a sweeper, another replica) won. The loser reads the task again and
 * decides anew.
 */
public class LostRace extends RuntimeException {

	public LostRace(UUID taskId) {
		super("Task " + taskId + " changed while it was being decided on", null, false, false);
	}

}
