package dev.mlc.lit;
