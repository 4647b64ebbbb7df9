/* The libyaml anchor for msrender's benchmarks (issue 11): what a C YAML engine costs.
 *
 *   libyaml_anchor events FILE      parse FILE into events, discard them
 *   libyaml_anchor copy FILE        parse FILE and emit every event again to stdout
 *   libyaml_anchor rate FILE RUNS   parse FILE into events RUNS times in-process; print the
 *                                   median throughput as `events MB/s N` (file read excluded)
 *
 * `events` and `copy` make one pass per process, so they are timed like msrender (whole
 * process, beside it in the same run). Built by Benchmarks/anchors/build.sh from Debian's
 * libyaml-dev; a benchmark tool, never a dependency of msrender. Exit 1 on a parse error. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <yaml.h>

static unsigned char *slurp(const char *path, size_t *size) {
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); exit(2); }
    size_t cap = 1 << 20, len = 0;
    unsigned char *buf = malloc(cap);
    for (;;) {
        if (len == cap) { cap *= 2; buf = realloc(buf, cap); }
        size_t n = fread(buf + len, 1, cap - len, f);
        if (n == 0) break;
        len += n;
    }
    fclose(f);
    *size = len;
    return buf;
}

static int write_stdout(void *data, unsigned char *buffer, size_t size) {
    (void)data;
    return fwrite(buffer, 1, size, stdout) == size;
}

/* Parses the whole input; with an emitter, emits every event to it. Returns the event count. */
static long parse(const unsigned char *input, size_t size, yaml_emitter_t *emitter) {
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, input, size);
    long events = 0;
    for (;;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "parse error: %s at line %zu\n", parser.problem, parser.problem_mark.line + 1);
            exit(1);
        }
        int done = event.type == YAML_STREAM_END_EVENT;
        events++;
        if (emitter) {
            if (!yaml_emitter_emit(emitter, &event)) { fprintf(stderr, "emit error\n"); exit(1); }
        } else {
            yaml_event_delete(&event);
        }
        if (done) break;
    }
    yaml_parser_delete(&parser);
    return events;
}

static int cmp(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
    int ok = (argc == 3 && (!strcmp(argv[1], "events") || !strcmp(argv[1], "copy"))) ||
             (argc == 4 && !strcmp(argv[1], "rate"));
    if (!ok) {
        fprintf(stderr, "usage: libyaml_anchor events|copy FILE | rate FILE RUNS\n");
        return 2;
    }
    size_t size;
    unsigned char *input = slurp(argv[2], &size);
    if (!strcmp(argv[1], "rate")) {
        int runs = atoi(argv[3]);
        double *secs = calloc(runs > 0 ? runs : 1, sizeof(double));
        long events = 0;
        for (int r = 0; r < runs; r++) {
            struct timespec a, b;
            clock_gettime(CLOCK_MONOTONIC, &a);
            events = parse(input, size, NULL);
            clock_gettime(CLOCK_MONOTONIC, &b);
            secs[r] = (b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) / 1e9;
        }
        qsort(secs, runs, sizeof(double), cmp);
        printf("events %.1f %ld\n", size / secs[runs / 2] / 1e6, events);
        return 0;
    }
    if (!strcmp(argv[1], "copy")) {
        static char out[1 << 16];
        setvbuf(stdout, out, _IOFBF, sizeof out);
        yaml_emitter_t emitter;
        yaml_emitter_initialize(&emitter);
        yaml_emitter_set_output(&emitter, write_stdout, NULL);
        yaml_emitter_set_unicode(&emitter, 1);
        parse(input, size, &emitter);
        yaml_emitter_delete(&emitter);
    } else {
        parse(input, size, NULL);
    }
    free(input);
    return 0;
}
