package vn.tuyengiao.classify.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.MutableDataset;
import org.tribuo.VariableIDInfo;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.common.liblinear.LibLinearModel;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains a {@link LinearModel} from labelled texts with LIBLINEAR (through Tribuo): an L2-regularised
 * linear SVM over {@link Features}, rare features dropped, classes weighted so that a small class (hate
 * speech is one comment in twelve) counts in the loss about as much as a large one.
 *
 * @param cost the SVM's C
 * @param minDocuments a feature must occur in at least this many training texts
 * @param balance 0 weighs every text alike, 1 weighs classes inversely to their size; between, a power of that
 */
public record Learner(double cost, int minDocuments, double balance) {

	/**
	 * The settings chosen on the development sets (docs/PERFORMANCE.md): toxic language, where the classes
	 * that matter are rare, weighs them fully; sentiment, whose neutral class is small and vague, halfway.
	 */
	public static Learner forTask(Task task) {
		return task == Task.SENTIMENT ? new Learner(1, 2, 0.5) : new Learner(0.3, 2, 1);
	}

	/** One labelled text. */
	public record Labelled(String text, String label) {
	}

	public LinearModel train(List<Labelled> examples) {
		List<Map<String, Double>> vectors = new ArrayList<>(examples.size());
		for (Labelled example : examples) {
			vectors.add(Features.of(example.text()));
		}
		return trainOn(vectors, examples);
	}

	LinearModel trainOn(List<Map<String, Double>> vectors, List<Labelled> examples) {
		Map<String, Integer> documents = new HashMap<>();
		for (Map<String, Double> vector : vectors) {
			for (String feature : vector.keySet()) {
				documents.merge(feature, 1, Integer::sum);
			}
		}
		LabelFactory factory = new LabelFactory();
		MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("labelled texts", factory),
				factory);
		Map<String, Integer> perLabel = new TreeMap<>();
		for (int i = 0; i < examples.size(); i++) {
			// Names and values handed over at once: adding features one by one grows Tribuo's arrays each time.
			Map<String, Double> vector = vectors.get(i);
			String[] names = new String[Math.max(1, vector.size())];
			double[] values = new double[Math.max(1, vector.size())];
			int n = 0;
			for (Map.Entry<String, Double> f : vector.entrySet()) {
				if (documents.get(f.getKey()) >= minDocuments) {
					names[n] = f.getKey();
					values[n++] = f.getValue();
				}
			}
			if (n == 0) {
				names[n] = "w:<trống>";
				values[n++] = 1.0;
			}
			data.add(new ArrayExample<>(new Label(examples.get(i).label()), java.util.Arrays.copyOf(names, n),
					java.util.Arrays.copyOf(values, n)));
			perLabel.merge(examples.get(i).label(), 1, Integer::sum);
		}
		LibLinearClassificationTrainer trainer = new LibLinearClassificationTrainer(
				new LinearClassificationType(LinearClassificationType.LinearType.L2R_L2LOSS_SVC_DUAL), cost, 1000, 0.1);
		Map<Label, Float> weights = new HashMap<>();
		for (Map.Entry<String, Integer> e : perLabel.entrySet()) {
			double share = (double) examples.size() / (perLabel.size() * e.getValue());
			weights.put(new Label(e.getKey()), (float) Math.pow(share, balance));
		}
		trainer.setLabelWeights(weights);
		LibLinearModel<Label> model = trainer.train(data);
		return extract(model);
	}

	/** The weights of LIBLINEAR's model, keyed by our feature names, in the order of sorted labels. */
	private static LinearModel extract(LibLinearModel<Label> model) {
		de.bwaldvogel.liblinear.Model inner = model.getInnerModels().get(0);
		ImmutableOutputInfo<Label> outputs = model.getOutputIDInfo();
		int[] ids = inner.getLabels();
		TreeSet<String> sorted = new TreeSet<>();
		for (int id : ids) {
			sorted.add(outputs.getOutput(id).getLabel());
		}
		List<String> labels = new ArrayList<>(sorted);
		int[] column = new int[labels.size()];
		for (int j = 0; j < ids.length; j++) {
			column[labels.indexOf(outputs.getOutput(ids[j]).getLabel())] = j;
		}
		ImmutableFeatureMap features = model.getFeatureIDMap();
		Map<String, float[]> weights = new HashMap<>(features.size() * 2);
		for (VariableInfo info : features) {
			int index = ((VariableIDInfo) info).getID() + 1;
			float[] w = new float[labels.size()];
			boolean any = false;
			for (int c = 0; c < labels.size(); c++) {
				w[c] = (float) inner.getDecfunCoef(index, column[c]);
				any |= w[c] != 0;
			}
			if (any) {
				weights.put(info.getName(), w);
			}
		}
		float[] bias = new float[labels.size()];
		for (int c = 0; c < labels.size(); c++) {
			bias[c] = inner.getBias() >= 0 ? (float) inner.getDecfunBias(column[c]) : 0f;
		}
		return new LinearModel(labels, weights, bias);
	}

}
