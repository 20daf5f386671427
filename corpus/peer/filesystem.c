/*
 * Peer of corpus/bench/filesystem.c for a C11 model checker: N threads allocate disk blocks for
 * inodes under per-inode and per-block mutexes (the kernel's struct mutex as a pthread mutex);
 * the inode and block tables are plain memory, as in the kernel-style program.
 */
#include <pthread.h>
#include <stdint.h>

#ifndef N
#define N 16
#endif
#define NUMBLOCKS 26
#define NUMINODE 32
#define LOOP 10

static pthread_mutex_t locki[NUMINODE];
static pthread_mutex_t lockb[NUMBLOCKS];
static int inode[NUMINODE];
static int busy[NUMBLOCKS];

static void *allocate(void *arg)
{
	intptr_t tid = (intptr_t)arg;
	int i = tid % NUMINODE;
	int b, j;

	pthread_mutex_lock(&locki[i]);
	if (inode[i] == 0) {
		b = (i * 2) % NUMBLOCKS;
		for (j = 0; j < LOOP; j++) {
			pthread_mutex_lock(&lockb[b]);
			if (!busy[b]) {
				busy[b] = 1;
				inode[i] = b + 1;
				pthread_mutex_unlock(&lockb[b]);
				break;
			}
			pthread_mutex_unlock(&lockb[b]);
			b = (b + 1) % NUMBLOCKS;
		}
	}
	pthread_mutex_unlock(&locki[i]);
	return NULL;
}

int main(void)
{
	pthread_t t[N];
	intptr_t i;

	for (i = 0; i < NUMINODE; i++)
		pthread_mutex_init(&locki[i], NULL);
	for (i = 0; i < NUMBLOCKS; i++)
		pthread_mutex_init(&lockb[i], NULL);
	for (i = 0; i < N; i++)
		pthread_create(&t[i], NULL, allocate, (void *)i);
	return 0;
}
