package org.gongkai.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Adds documents to a writer from several threads (analysis is what costs; IndexWriter takes concurrent adds): the
 * caller's thread reads the source, one worker per core analyses and adds.
 */
final class ParallelAdd {

    private static final Object END = new Object();

    private ParallelAdd() {
    }

    /** What a worker does with one item: analyse it and add (or update) it in the writer. */
    @FunctionalInterface
    interface Write<T> {
        void write(T item) throws IOException;
    }

    static <T> long addAll(IndexWriter writer, Iterator<T> source, Function<T, Document> toDocument) throws IOException {
        return writeAll(source, item -> writer.addDocument(toDocument.apply(item)));
    }

    static <T> long writeAll(Iterator<T> source, Write<T> write) throws IOException {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(threads * 64);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "search-rebuild");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(pool.submit(() -> {
                while (true) {
                    Object next = queue.take();
                    if (next == END) {
                        return null;
                    }
                    @SuppressWarnings("unchecked") T item = (T) next;
                    write.write(item);
                }
            }));
        }
        long n = 0;
        try {
            while (source.hasNext()) {
                T item = source.next();
                while (!queue.offer(item, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    failFast(workers);
                }
                n++;
            }
            for (int i = 0; i < threads; i++) {
                while (!queue.offer(END, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    failFast(workers);
                }
            }
            for (Future<?> w : workers) {
                w.get();
            }
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new UncheckedIOException(new IOException(e.getCause()));
        } finally {
            pool.shutdownNow();
        }
    }

    private static void failFast(List<Future<?>> workers) throws java.util.concurrent.ExecutionException,
            InterruptedException {
        for (Future<?> w : workers) {
            if (w.isDone()) {
                w.get();
                throw new IllegalStateException("an indexing worker stopped early");
            }
        }
    }
}
