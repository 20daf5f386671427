#pragma once
#ifndef FEATURES_H
#define FEATURES_H
typedef struct { int locked; } spinlock_t;
typedef unsigned int u32_like;
#endif
