package example;

import java.nio.file.Path;
import org.gongwen.policy.json.PolicyJson;
import org.gongwen.policy.model.PolicyDocument;
import org.gongwen.policy.model.Target;
import org.gongwen.policy.model.Task;
import org.gongwen.policy.pipeline.PolicyPipeline;

/** Extracts one notice, prints its title, tasks and targets, and writes its JSON. */
public final class Example {

  public static void main(String[] args) throws Exception {
    PolicyPipeline pipeline = PolicyPipeline.standard(); // build once; thread-safe, reuse for every file
    PolicyDocument doc = pipeline.process(Path.of(args[0]), false); // InputException names file and reason
    System.out.println(doc.metadata().title() + " (" + doc.metadata().docNumber() + ")");
    for (Task task : doc.tasks()) {
      System.out.println("task " + task.number() + " " + task.title() + " <- " + task.units().size() + " units");
    }
    for (Target t : doc.targets()) {
      System.out.println("target " + t.indicator() + " " + t.comparator().symbol() + " " + t.value() + " " + t.unit()
          + " by " + t.year());
    }
    new PolicyJson().write(doc, Path.of(args[1])); // schema policy-doc/1, byte-identical for the same input
  }
}
