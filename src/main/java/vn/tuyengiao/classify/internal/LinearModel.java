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

	/**
	 * The same weights laid out for scoring: an open-addressing table of the names' 64-bit hashes pointing
	 * into one array of rows, so that a lookup touches two or three cache lines instead of a hash map's node,
	 * key and value. A collision of two 64-bit hashes among a model's features is not a practical concern.
	 */
	private final long[] slots;

	private final int[] rowOf;

	private final float[] rowsFlat;

	LinearModel(List<String> labels, Map<String, float[]> weights, float[] bias) {
		this.labels = List.copyOf(labels);
		this.weights = weights;
		this.bias = bias;
		int k = labels.size();
		int capacity = Integer.highestOneBit(Math.max(4, weights.size() * 2)) * 2;
		slots = new long[capacity];
		rowOf = new int[capacity];
		java.util.Arrays.fill(rowOf, -1);
		rowsFlat = new float[weights.size() * k];
		int row = 0;
		for (Map.Entry<String, float[]> e : weights.entrySet()) {
			long h = hash(e.getKey());
			int at = (int) (h ^ (h >>> 32)) & (capacity - 1);
			while (rowOf[at] >= 0) {
				at = (at + 1) & (capacity - 1);
			}
			slots[at] = h;
			rowOf[at] = row;
			System.arraycopy(e.getValue(), 0, rowsFlat, row * k, k);
			row++;
		}
	}

	/** FNV-1a over the name's characters, 64 bits. */
	private static long hash(String name) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < name.length(); i++) {
			h ^= name.charAt(i);
			h *= 0x100000001b3L;
		}
		return h;
	}

	/** The row of the feature in {@link #rowsFlat}, or -1. */
	private int row(String name) {
		long h = hash(name);
		int mask = slots.length - 1;
		int at = (int) (h ^ (h >>> 32)) & mask;
		int r;
		while ((r = rowOf[at]) >= 0) {
			if (slots[at] == h) {
				return r;
			}
			at = (at + 1) & mask;
		}
		return -1;
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
		int[] rows = new int[features.size()];
		double[] values = new double[features.size()];
		for (Map.Entry<String, Double> f : features.entrySet()) {
			int r = row(f.getKey());
			if (r >= 0) {
				double v = f.getValue();
				values[names.size()] = v;
				rows[names.size()] = r * k;
				names.add(f.getKey());
				for (int c = 0; c < k; c++) {
					score[c] += rowsFlat[r * k + c] * v;
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
		return new Decision(labels.get(best), p[best] / sum, best, names, rows, values, rowsFlat);
	}

	/** A decision and the means to explain it. */
	public static final class Decision {

		private final String label;

		private final double confidence;

		private final int index;

		private final List<String> names;

		private final int[] rows;

		private final double[] values;

		private final float[] rowsFlat;

		Decision(String label, double confidence, int index, List<String> names, int[] rows, double[] values,
				float[] rowsFlat) {
			this.label = label;
			this.confidence = confidence;
			this.index = index;
			this.names = names;
			this.rows = rows;
			this.values = values;
			this.rowsFlat = rowsFlat;
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
				float w = rowsFlat[rows[i] + index];
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
			throw new UncheckedIOException(e); // writing to memory does not fail
		}
		return bytes.toByteArray();
	}

	public static LinearModel fromBytes(byte[] stored) {
		try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(stored)))) {
			if (in.readInt() != FORMAT) {
				throw StoredModelUnreadable.unknownFormat();
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
			throw new StoredModelUnreadable(e);
		}
	}

}
