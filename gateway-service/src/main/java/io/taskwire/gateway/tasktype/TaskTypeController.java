package io.taskwire.gateway.tasktype;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lists the task types callers may submit.
 */
@RestController
@Tag(name = "Task types")
class TaskTypeController {

	private final TaskTypeRegistry registry;

	TaskTypeController(TaskTypeRegistry registry) {
		this.registry = registry;
	}

	@GetMapping(path = "/api/v1/task-types", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Every registered task type with its input schema and defaults")
	TaskTypeList taskTypes() {
		return new TaskTypeList(this.registry.all().stream().map(TaskTypeView::of).toList());
	}

	/**
	 * The registered types, by name.
	 *
	 * @param items the types
	 */
	record TaskTypeList(List<TaskTypeView> items) {
	}

}
