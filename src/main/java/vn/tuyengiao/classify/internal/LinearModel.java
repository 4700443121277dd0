package vn.tuyengiao.classify.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained linear classifier in the form it is kept and applied in: one weight per class for each
 * feature name, and a bias per class. Immutable, so any number of threads score with it at once; scoring is
 * a hash lookup per feature of the text, which keeps it in the tens of microseconds.
 */
public final class LinearModel {

	private static final int FORMAT = 1;

	private final List<String> labels;

	private final Map<String, float[]> weights;

	private final float[] bias;

	LinearModel(List<String> labels, Map<String, float[]> weights, float[] bias) {
		this.labels = List.copyOf(labels);
		this.weights = weights;
		this.bias = bias;
	}

	public List<String> labels() {
		return labels;
	}

	public int features() {
		return weights.size();
	}

	/**
	 * The decision for a text's features: the best label, a confidence in 0..1 (the classes' logistic scores
	 * normalised to sum to one, as LIBLINEAR does) and the features that pushed most towards that label.
	 */
	public Decision decide(Map<String, Double> features) {
		int k = labels.size();
		double[] score = new double[k];
		for (int c = 0; c < k; c++) {
			score[c] = bias[c];
		}
		// The known features and their weights, kept for the explanation so the big table is read once.
		List<String> names = new ArrayList<>(features.size());
		List<float[]> rows = new ArrayList<>(features.size());
		double[] values = new double[features.size()];
		for (Map.Entry<String, Double> f : features.entrySet()) {
			float[] w = weights.get(f.getKey());
			if (w != null) {
				double v = f.getValue();
				values[rows.size()] = v;
				names.add(f.getKey());
				rows.add(w);
				for (int c = 0; c < k; c++) {
					score[c] += w[c] * v;
				}
			}
		}
		int best = 0;
		double sum = 0;
		double[] p = new double[k];
		for (int c = 0; c < k; c++) {
			p[c] = 1 / (1 + Math.exp(-score[c]));
			sum += p[c];
			if (score[c] > score[best]) {
				best = c;
			}
		}
		return new Decision(labels.get(best), p[best] / sum, best, names, rows, values);
	}

	/** A decision and the means to explain it. */
	public static final class Decision {

		private final String label;

		private final double confidence;

		private final int index;

		private final List<String> names;

		private final List<float[]> rows;

		private final double[] values;

		Decision(String label, double confidence, int index, List<String> names, List<float[]> rows, double[] values) {
			this.label = label;
			this.confidence = confidence;
			this.index = index;
			this.names = names;
			this.rows = rows;
			this.values = values;
		}

		public String label() {
			return label;
		}

		public double confidence() {
			return confidence;
		}

		/** The names of the features that added most to the chosen label's score, strongest first. */
		public List<String> strongest(int limit) {
			List<Map.Entry<String, Double>> pushes = new ArrayList<>();
			for (int i = 0; i < names.size(); i++) {
				float w = rows.get(i)[index];
				if (w > 0) {
					pushes.add(Map.entry(names.get(i), w * values[i]));
				}
			}
			pushes.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
			List<String> shown = new ArrayList<>();
			for (int i = 0; i < Math.min(limit, pushes.size()); i++) {
				shown.add(pushes.get(i).getKey());
			}
			return shown;
		}

	}

	/** The model as compressed bytes, for the database. */
	public byte[] toBytes() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
			out.writeInt(FORMAT);
			out.writeInt(labels.size());
			for (String label : labels) {
				out.writeUTF(label);
			}
			for (float b : bias) {
				out.writeFloat(b);
			}
			out.writeInt(weights.size());
			for (Map.Entry<String, float[]> e : weights.entrySet()) {
				out.writeUTF(e.getKey());
				for (float w : e.getValue()) {
					out.writeFloat(w);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	public static LinearModel fromBytes(byte[] stored) {
		try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(stored)))) {
			if (in.readInt() != FORMAT) {
				throw new IllegalStateException("Unknown model format");
			}
			int k = in.readInt();
			List<String> labels = new ArrayList<>(k);
			for (int c = 0; c < k; c++) {
				labels.add(in.readUTF());
			}
			float[] bias = new float[k];
			for (int c = 0; c < k; c++) {
				bias[c] = in.readFloat();
			}
			int n = in.readInt();
			Map<String, float[]> weights = new HashMap<>(n * 2);
			for (int i = 0; i < n; i++) {
				String name = in.readUTF();
				float[] w = new float[k];
				for (int c = 0; c < k; c++) {
					w[c] = in.readFloat();
				}
				weights.put(name, w);
			}
			return new LinearModel(labels, weights, bias);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
