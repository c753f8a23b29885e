package org.dutygraph.analysis;

import org.jgrapht.Graph;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Betweenness centrality of a weighted undirected graph by Brandes' algorithm (2001): from every source a Dijkstra
 * search counts the shortest paths to every vertex, then the dependencies are summed back in order of decreasing
 * distance. The scores are JGraphT's {@code BetweennessCentrality(graph, false)} scores (each unordered pair counted
 * once; {@code BetweennessTest} holds them equal on random graphs), computed on the graph copied into int arrays.
 *
 * <p>Hand-written rather than JGraphT's, which this project otherwise uses: JGraphT allocates hash maps over every
 * vertex and a pairing heap for each source, which over the 1,014-document portfolio (parts of 400 departments and
 * 4,000 links per city) took 7 of the bottleneck analysis's 9 seconds; here one set of arrays serves every source.
 */
final class Betweenness {

    private Betweenness() {
    }

    /** The raw (unnormalised) betweenness of every vertex; path lengths are the edge weights, which must be positive. */
    static <V, E> Map<V, Double> scores(Graph<V, E> graph) {
        List<V> vertices = List.copyOf(graph.vertexSet());
        int n = vertices.size();
        Map<V, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(vertices.get(i), i);
        }
        // adjacency in compressed rows: the neighbours of i are targets[offsets[i] .. offsets[i + 1])
        int[] offsets = new int[n + 1];
        for (int i = 0; i < n; i++) {
            offsets[i + 1] = offsets[i] + graph.degreeOf(vertices.get(i));
        }
        int[] targets = new int[offsets[n]];
        double[] weights = new double[offsets[n]];
        int[] fill = Arrays.copyOf(offsets, n);
        for (E e : graph.edgeSet()) {
            int a = index.get(graph.getEdgeSource(e));
            int b = index.get(graph.getEdgeTarget(e));
            double w = graph.getEdgeWeight(e);
            if (!(w > 0)) {
                throw new IllegalArgumentException("edge weights must be positive, found " + w);
            }
            targets[fill[a]] = b;
            weights[fill[a]++] = w;
            targets[fill[b]] = a;
            weights[fill[b]++] = w;
        }

        double[] score = new double[n];
        double[] distance = new double[n];
        double[] paths = new double[n];
        double[] dependency = new double[n];
        int[] predecessors = new int[offsets[n]]; // the predecessors of w: predecessors[offsets[w] .. + count[w])
        int[] predecessorCount = new int[n];
        boolean[] settled = new boolean[n];
        int[] order = new int[n];
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        Heap heap = new Heap(offsets[n] + n);
        for (int s = 0; s < n; s++) {
            int reached = 0;
            distance[s] = 0;
            paths[s] = 1;
            heap.push(0, s);
            while (!heap.isEmpty()) {
                int v = heap.pop();
                if (settled[v]) {
                    continue; // an older, longer entry of a vertex whose distance fell
                }
                settled[v] = true;
                order[reached++] = v;
                for (int k = offsets[v]; k < offsets[v + 1]; k++) {
                    int w = targets[k];
                    double d = distance[v] + weights[k];
                    if (d < distance[w]) {
                        distance[w] = d;
                        paths[w] = paths[v];
                        predecessors[offsets[w]] = v;
                        predecessorCount[w] = 1;
                        heap.push(d, w);
                    } else if (d == distance[w] && !settled[w]) {
                        paths[w] += paths[v];
                        predecessors[offsets[w] + predecessorCount[w]++] = v;
                    }
                }
            }
            for (int i = reached - 1; i >= 0; i--) {
                int w = order[i];
                for (int k = 0; k < predecessorCount[w]; k++) {
                    int v = predecessors[offsets[w] + k];
                    dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
                }
                if (w != s) {
                    score[w] += dependency[w];
                }
            }
            for (int i = 0; i < reached; i++) { // reset only what this source reached
                int w = order[i];
                distance[w] = Double.POSITIVE_INFINITY;
                paths[w] = 0;
                dependency[w] = 0;
                predecessorCount[w] = 0;
                settled[w] = false;
            }
        }
        Map<V, Double> scores = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            scores.put(vertices.get(i), score[i] / 2); // each unordered pair was counted from both ends
        }
        return scores;
    }

    /** A binary min-heap of (distance, vertex) entries; a vertex whose distance falls is pushed again. */
    private static final class Heap {
        private double[] keys;
        private int[] values;
        private int size;

        Heap(int capacity) {
            keys = new double[Math.max(capacity, 1)];
            values = new int[Math.max(capacity, 1)];
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(double key, int value) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (keys[parent] <= key) {
                    break;
                }
                keys[i] = keys[parent];
                values[i] = values[parent];
                i = parent;
            }
            keys[i] = key;
            values[i] = value;
        }

        int pop() {
            int top = values[0];
            double key = keys[--size];
            int value = values[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (keys[child] >= key) {
                    break;
                }
                keys[i] = keys[child];
                values[i] = values[child];
                i = child;
            }
            keys[i] = key;
            values[i] = value;
            return top;
        }
    }
}
