/* Front-end feature tour: every construct of the dialect at least once. */
#include <linux/does_not_exist.h>
#include "features.h"

#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define STR(x) #x
#define CAT(a, b) a ## b
#define LOG(fmt, ...) log_msg(fmt, ##__VA_ARGS__)
#define EMPTY
#if defined(FEATURE_LEVEL) && FEATURE_LEVEL > 1 || !defined(FEATURE_LEVEL)
#define HAVE_LEVEL 1
#elif 0
#error not reached
#else
#define HAVE_LEVEL 0
#endif
#ifdef HAVE_LEVEL
#undef EMPTY
#endif

typedef unsigned long ulong_t;
typedef struct point { int x, y; } point_t, *point_p;
typedef void (*handler_t)(int irq, void *data);
typedef int vec3[3];
typedef enum { RED, GREEN = 4, BLUE } color_t;

struct list_node {
	struct list_node *next, *prev;
};

struct device {
	spinlock_t lock;
	struct mutex_like { int owner; } m;
	union { int as_int; char as_bytes[4]; };
	unsigned int flags : 3;
	const char *name;
	struct list_node node;
	int __rcu *shared;
	void (*callback)(struct device *dev);
	handler_t handlers[4];
};

enum state { IDLE, BUSY = 1 << 2, DONE };

static int counter = 0, *counter_ptr = &counter;
extern volatile long jiffies_like;
static const char banner[] = "lock" "step\n";
static struct device devices[2] = { [0] = { .name = "a", .flags = 1 }, [1] = { .name = "b" } };
static point_t origin = { 0, 0 };
int matrix[2][3];
int (*table[2])(int);
long long big = 0x7fffffffffffffffLL;
unsigned short small = 017;
char letter = 'a', newline = '\n', hex = '\x41';
void __iomem *regs;
static u32_like width = sizeof(struct device);

int add(int a, int b);
static inline int twice(int v) { return v * 2; }
void log_msg(const char *fmt, ...);
void take(struct device *dev) __acquires(&dev->lock);
void give(struct device *dev) __releases(&dev->lock);
void helper(void) __might_sleep;

int (*pick(int which))(int)
{
	return table[which];
}

static int __init setup(void)
{
	int i, sum = 0;
	struct device *dev = &devices[0];
	point_t p = (point_t){ .x = 1, .y = 2 };
	ulong_t mask = ~0UL;
	vec3 v = { 1, 2, 3 };
	color_t c = GREEN;

	for (i = 0; i < 2; i++) {
		if (i == 1)
			continue;
		else if (i > 5)
			break;
		sum += MAX(i, sum) * 2 - -i;
	}
	for (int j = 0, k = 1; j < k; j++, k--)
		sum ^= j << 1 | k >> 1 & 0xff;
	while (sum > 100)
		sum /= 2;
	do {
		sum %= 7;
	} while (sum && !c);
	switch (sum) {
	case 0:
	case 1 ... 3:
		sum = sum ? sum : -1;
		break;
	default:
		sum <<= 1;
	}
	i = ({ int t = sum; t + 1; });
	dev->node.next = &dev->node;
	dev = container_of(&dev->node, struct device, node);
	sum = (int)offsetof(struct device, node.next) + (int)sizeof dev + (int)sizeof(int *);
	mask &= (ulong_t)p.x;
	sum = v[1] + p.y, sum++, --sum;
	LOG("%d %s", sum, STR(hello world));
	LOG("plain");
	CAT(coun, ter) = sum != 0 || mask == 0;
	typeof(sum) copy = sum;
	__typeof__(copy) *cp = &copy;
	*cp = (sum >= 0) ? *cp : 0;
	if (!dev)
		goto out;
	dev->callback = 0;
	(*dev->callback)(dev);
	dev->handlers[0](1, dev);
out:
	return sum;
}

__hardirq(cpu = 0) void isr(void)
{
	counter++;
}

__process(instances = 2, cpu = 1) int worker(void *arg)
{
	struct local { int a; } l = { 1 };
	int register_like;
	register int r = l.a;
	static int calls;

	calls++;
	register_like = r;
	return register_like;
}

__softirq void tick(void)
{
	;
}

__entry(__init, setup);
__entry(__hardirq(cpu = 1), isr);
