package io.taskwire.trace.call;

import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The ledger of LLM calls in PostgreSQL. Owner scoping is part of each query's
 * {@code WHERE}, never a filter applied afterwards.
 */
@Repository
public class LlmCalls {

	private static final String BY_TASK = "SELECT " + LlmCallRows.COLUMNS
			+ " FROM llm_call WHERE task_id = :taskId ORDER BY attempt, started_at, id";

	private static final String BY_TASK_AND_OWNER = "SELECT " + LlmCallRows.COLUMNS
			+ " FROM llm_call WHERE task_id = :taskId AND owner = :owner ORDER BY attempt, started_at, id";

	private static final String REMEMBER_DELETION = """
			INSERT INTO deleted_task (task_id, owner, deleted_at) VALUES (:taskId, :owner, :deletedAt)
			ON CONFLICT (task_id) DO NOTHING""";

	private static final String DELETE_BY_TASK = "DELETE FROM llm_call WHERE task_id = :taskId";

	private final DatabaseClient database;

	private final TransactionalOperator transactional;

	public LlmCalls(DatabaseClient database, TransactionalOperator transactional) {
		this.database = database;
		this.transactional = transactional;
	}

	/**
	 * Stores the calls in one transaction, each at most once.
	 * @param calls the calls
	 * @return how many of them were new
	 */
	public Mono<Long> storeAll(List<LlmCall> calls) {
		if (calls.isEmpty()) {
			return Mono.just(0L);
		}
		return this.database.inConnectionMany((connection) -> insert(connection, calls))
			.reduce(0L, Long::sum)
			.as(this.transactional::transactional);
	}

	private Flux<Long> insert(Connection connection, List<LlmCall> calls) {
		Statement statement = connection.createStatement(LlmCallRows.INSERT);
		for (int i = 0; i < calls.size(); i++) {
			if (i > 0) {
				statement.add();
			}
			LlmCallRows.bind(statement, calls.get(i));
		}
		return Flux.from(statement.execute()).flatMap(Result::getRowsUpdated);
	}

	/**
	 * A task's calls by attempt, then in the order they started.
	 * @param taskId the task
	 * @param owner the caller, or {@code null} for an admin, who sees every owner's calls
	 * @return the calls the caller may see
	 */
	public Flux<LlmCall> findByTask(UUID taskId, String owner) {
		DatabaseClient.GenericExecuteSpec query = (owner != null)
				? this.database.sql(BY_TASK_AND_OWNER).bind("taskId", taskId).bind("owner", owner)
				: this.database.sql(BY_TASK).bind("taskId", taskId);
		return query.map(LlmCallRows::toCall).all();
	}

	/**
	 * Removes the tasks' calls and remembers the tasks as deleted, in one transaction.
	 * @param tasks the deleted tasks
	 * @return how many calls were removed
	 */
	public Mono<Long> deleteTasks(List<DeletedTask> tasks) {
		if (tasks.isEmpty()) {
			return Mono.just(0L);
		}
		return Flux.fromIterable(tasks)
			.concatMap(this::delete)
			.reduce(0L, Long::sum)
			.as(this.transactional::transactional);
	}

	private Mono<Long> delete(DeletedTask task) {
		return this.database.sql(REMEMBER_DELETION)
			.bind("taskId", task.taskId())
			.bind("owner", task.owner())
			.bind("deletedAt", task.deletedAt())
			.then()
			.then(this.database.sql(DELETE_BY_TASK).bind("taskId", task.taskId()).fetch().rowsUpdated());
	}

}
