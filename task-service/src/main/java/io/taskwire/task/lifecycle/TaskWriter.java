package io.taskwire.task.lifecycle;

import java.util.function.Supplier;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Runs one change to a task in a transaction of its own. When it lost a race (the task
 * changed since it was read, or a concurrent duplicate wrote the same cause first) it
 * runs again from a fresh read; once committed, its effects are carried out.
 */
@Component
public class TaskWriter {

	private static final int RACES = 10;

	private final TransactionalOperator tx;

	private final AfterCommit afterCommit;

	public TaskWriter(TransactionalOperator tx, AfterCommit afterCommit) {
		this.tx = tx;
		this.afterCommit = afterCommit;
	}

	/**
	 * Runs a change.
	 * @param change reads the task, decides and records; called again after a lost race
	 * @return completes after the commit and the effects
	 */
	public Mono<Void> run(Supplier<Mono<Effects>> change) {
		return Mono.defer(change)
			.as(this.tx::transactional)
			.retryWhen(Retry.max(RACES).filter(TaskWriter::lostRace))
			.flatMap(this.afterCommit::run);
	}

	private static boolean lostRace(Throwable ex) {
		return ex instanceof LostRace || ex instanceof DuplicateKeyException;
	}

}
