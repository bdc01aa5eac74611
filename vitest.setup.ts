// type-graphql reads decorator metadata through the Reflect API; main.ts imports this too.
import "reflect-metadata";
