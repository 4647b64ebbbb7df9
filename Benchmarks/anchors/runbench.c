/* Interleaved process timing for msrender's limit benchmarks (issue 11).
 *
 *   runbench ROUNDS NAME=CMD [NAME=CMD ...]
 *
 * Each CMD is split on spaces (no shell) and may end in `>FILE` or `<FILE`. Every round
 * runs every command once, in order, so a noisy machine disturbs all of them alike.
 * Prints one line per command: NAME median_ms min_ms peak_kib (peak RSS from wait4).
 * A command exiting non-zero stops the run (exit 1): a benchmark of a failure is none. */
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

typedef struct {
    char *name;
    char *argv[64];
    char *in, *out;
    double *ms;
    long peak;
} bench;

static int cmp(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static void parse(bench *b, char *spec) {
    char *eq = strchr(spec, '=');
    if (!eq) { fprintf(stderr, "runbench: expected NAME=CMD, got %s\n", spec); exit(2); }
    *eq = 0;
    b->name = spec;
    int n = 0;
    for (char *tok = strtok(eq + 1, " "); tok && n < 63; tok = strtok(NULL, " ")) {
        if (tok[0] == '>') b->out = tok + 1;
        else if (tok[0] == '<') b->in = tok + 1;
        else b->argv[n++] = tok;
    }
    b->argv[n] = NULL;
}

static double run(bench *b) {
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, b->out ? b->out : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    if (b->in) posix_spawn_file_actions_addopen(&fa, 0, b->in, O_RDONLY, 0);
    pid_t pid;
    double start = now_ms();
    if (posix_spawnp(&pid, b->argv[0], &fa, NULL, b->argv, environ) != 0) {
        perror(b->argv[0]);
        exit(1);
    }
    int status;
    struct rusage ru;
    wait4(pid, &status, 0, &ru);
    double ms = now_ms() - start;
    posix_spawn_file_actions_destroy(&fa);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fprintf(stderr, "runbench: %s failed (status %d)\n", b->name, status);
        exit(1);
    }
    if (ru.ru_maxrss > b->peak) b->peak = ru.ru_maxrss;
    return ms;
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: runbench ROUNDS NAME=CMD...\n"); return 2; }
    int rounds = atoi(argv[1]);
    int count = argc - 2;
    bench *b = calloc(count, sizeof *b);
    for (int i = 0; i < count; i++) {
        parse(&b[i], argv[i + 2]);
        b[i].ms = calloc(rounds, sizeof(double));
    }
    for (int r = 0; r < rounds; r++)
        for (int i = 0; i < count; i++) b[i].ms[r] = run(&b[i]);
    for (int i = 0; i < count; i++) {
        qsort(b[i].ms, rounds, sizeof(double), cmp);
        double median = rounds % 2 ? b[i].ms[rounds / 2] : (b[i].ms[rounds / 2 - 1] + b[i].ms[rounds / 2]) / 2;
        printf("%s %.3f %.3f %ld\n", b[i].name, median, b[i].ms[0], b[i].peak);
    }
    return 0;
}
